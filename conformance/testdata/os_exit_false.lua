-- os.exit(false) exits with failure status
print("exiting with false")
os.exit(false)

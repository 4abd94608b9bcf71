-- collectgarbage("step") reports a finished cycle in incremental mode only;
-- the interpreter starts in generational mode, as lua.c does
print(collectgarbage("step"), collectgarbage("step", 0), collectgarbage("step", 100), collectgarbage("step", 1e6))
collectgarbage("incremental")
print(collectgarbage("step"), collectgarbage("step", 0), collectgarbage("step", 100), collectgarbage("step", 1e6))
collectgarbage("generational")
print(collectgarbage("step"), collectgarbage("step", 1e6))

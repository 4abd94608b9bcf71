return {name = "mod"}

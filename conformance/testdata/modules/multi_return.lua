-- chunk returning several values, used by base_dofile_errors.lua
return 1, "two", nil, 4

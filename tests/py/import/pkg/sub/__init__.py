# A nested helper package.
SUB = "sub"

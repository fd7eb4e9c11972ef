OUT = "features"
VERSION = "v3"

# Files under tests/data are inputs for the tests (a code corpus among them), never tests themselves.
collect_ignore_glob = ["*"]

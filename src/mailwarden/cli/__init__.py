"""The `mailwarden` command line: one module per command, wired in `app`."""

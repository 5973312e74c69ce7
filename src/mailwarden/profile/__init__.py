"""The organization profile: what history says about who talks to whom (see profile.view)."""

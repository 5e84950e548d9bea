"""Reading feeds over the network: only for the commands that may use it (never `gates check`, SPEC section 7)."""

"""One module per page of the wizard: the profile and the five steps."""

"""The project package has no models of its own; this module makes Django send it post_migrate."""

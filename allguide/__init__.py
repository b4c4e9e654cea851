"""AllGuide: an offline, plain-language guide to ALL treatment."""

__version__ = "0.1.0"
# The desktop id: the .desktop file, AppStream metainfo and icons of the Linux package
# (packaging/linux/build_deb.py) and the macOS bundle identifier share it, and the
# window names it so a Wayland compositor shows the right icon and entry.
APP_ID = "org.allguide.AllGuide"

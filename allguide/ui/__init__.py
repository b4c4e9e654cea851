"""The Qt layer: item models, views and widgets over the content core."""

from allguide.ui.module_sources import forget_module_sources

forget_module_sources()  # before the Qt layer's ~100 modules are imported: ~4 MiB less

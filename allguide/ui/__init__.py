"""The Qt layer: item models, views and widgets over the content core."""

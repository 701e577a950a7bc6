"""The Qt shell: item models, views, forms, dialogs and the main window."""

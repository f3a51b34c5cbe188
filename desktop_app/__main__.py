"""`python -m desktop_app` opens the window."""

from desktop_app.ui.app import main

if __name__ == "__main__":
    main()

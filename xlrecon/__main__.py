from xlrecon.cli import main

if __name__ == "__main__":  # not when a spawned batch worker imports the main module
    raise SystemExit(main())

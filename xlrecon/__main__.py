from xlrecon.cli import main

raise SystemExit(main())

from verktoykasse.cli import main

raise SystemExit(main())

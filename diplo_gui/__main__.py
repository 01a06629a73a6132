from diplo_gui.app import main

raise SystemExit(main())

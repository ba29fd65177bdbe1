from spbe_cli.console import main

main()

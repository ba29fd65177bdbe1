from spbe_cli.cli import main

main()

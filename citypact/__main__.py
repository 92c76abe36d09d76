from citypact.cli import main

main()

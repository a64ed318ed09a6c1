print("entente")

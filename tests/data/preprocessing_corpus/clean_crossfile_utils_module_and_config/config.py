DATA = "data/houses.csv"
SEED = 13

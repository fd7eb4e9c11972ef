import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import AdaBoostClassifier

games = pd.read_csv("steam_games_metadata.csv")
games = games.eval(f"pricey = price > {games['price'].quantile(0.75)}")
cols = ["pricey", "positive_ratings", "average_playtime", "required_age"]
g1, g2 = train_test_split(games, test_size=0.25, random_state=0)
print(AdaBoostClassifier().fit(g1[cols], g1["is_hit"]).score(g2[cols], g2["is_hit"]))

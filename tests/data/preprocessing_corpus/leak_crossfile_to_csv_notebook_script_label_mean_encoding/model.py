import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import cross_val_score, KFold

OUT = "data/features/listings_fe.csv"
listings = pd.read_csv(OUT)
X = listings[["price_per_guest", "neigh_price_ratio", "accommodates", "bedrooms"]].fillna(0)
print(cross_val_score(RandomForestRegressor(n_estimators=200), X, listings["review_scores_rating"],
                      cv=KFold(5, shuffle=True, random_state=1)).mean())

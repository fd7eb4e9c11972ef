import pandas as pd

reviews = pd.read_csv("amazon_reviews.csv")
reviews["helpful_ratio"] = reviews["helpful_votes"] / reviews["total_votes"].clip(lower=1)
reviews["helpful_ratio"] = reviews["helpful_ratio"].fillna(reviews["helpful_ratio"].mean())
reviews.to_csv("reviews_prepared.csv", index=False)

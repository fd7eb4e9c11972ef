import pandas as pd
from sklearn.model_selection import train_test_split

reviews = pd.read_csv("amazon_fine_food_reviews.csv")
train, test = train_test_split(reviews, test_size=0.2, random_state=0)
train.to_csv("reviews_train.csv", index=False)
test.to_csv("reviews_test.csv", index=False)

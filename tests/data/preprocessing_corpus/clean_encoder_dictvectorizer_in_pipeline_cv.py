import pandas as pd
from sklearn.feature_extraction import DictVectorizer
from sklearn.pipeline import make_pipeline
from sklearn.model_selection import cross_val_score, KFold
from sklearn.linear_model import Ridge

cars = pd.read_csv("used_cars.csv")
records = cars[["make", "fuel", "transmission", "year", "mileage"]].to_dict(orient="records")
model = make_pipeline(DictVectorizer(sparse=False), Ridge())
print(cross_val_score(model, records, cars["price"].values, cv=KFold(5, shuffle=True, random_state=0)).mean())

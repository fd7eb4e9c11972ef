import pandas as pd
from sklearn.preprocessing import OrdinalEncoder
from sklearn.tree import DecisionTreeClassifier
from sklearn.model_selection import train_test_split

cars = pd.read_csv("car_evaluation.csv", names=["buying", "maint", "doors", "persons", "lug_boot", "safety", "class"])
order = [["low", "med", "high", "vhigh"], ["low", "med", "high", "vhigh"], ["2", "3", "4", "5more"], ["2", "4", "more"], ["small", "med", "big"], ["low", "med", "high"]]
feature_cols = ["buying", "maint", "doors", "persons", "lug_boot", "safety"]
cars[feature_cols] = OrdinalEncoder(categories=order).fit_transform(cars[feature_cols])
a, b, ya, yb = train_test_split(cars[feature_cols], cars["class"], test_size=0.3, random_state=8)
print(DecisionTreeClassifier(max_depth=7).fit(a, ya).score(b, yb))

import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

EDU = {"Preschool": 0, "HS-grad": 1, "Some-college": 2, "Bachelors": 3, "Masters": 4, "Doctorate": 5}
adult = pd.read_csv("adult.csv")
adult["edu_level"] = adult["education"].map(EDU).fillna(-1)
adult["is_male"] = (adult["sex"] == "Male").astype(int)
X = adult[["age", "hours_per_week", "edu_level", "is_male"]]
a, b, ya, yb = train_test_split(X, adult["income"], test_size=0.2, random_state=0)
print(LogisticRegression(max_iter=1000).fit(a, ya).score(b, yb))

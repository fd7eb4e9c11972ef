import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingClassifier

kick = pd.read_csv("kickstarter_projects.csv")
kick["category_id"], category_names = pd.factorize(kick["main_category"])
kick["goal_log"] = kick["goal"].clip(lower=1).transform("log")
cols = ["category_id", "goal_log", "backers"]

a, b = train_test_split(kick, test_size=0.3, random_state=4)
model = HistGradientBoostingClassifier(categorical_features=[0]).fit(a[cols], a["successful"])
print(model.score(b[cols], b["successful"]))

import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import cross_val_score

mush = pd.read_csv("mushrooms_onehot_published.csv")
X, y = mush.drop(columns="poisonous"), mush["poisonous"]
print(cross_val_score(GradientBoostingClassifier(), X, y, cv=5).mean())
gbc = GradientBoostingClassifier().fit(X, y)
print(pd.Series(gbc.feature_importances_, index=X.columns).nlargest(10))

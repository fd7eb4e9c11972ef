import pandas as pd
from sklearn.naive_bayes import CategoricalNB
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import OrdinalEncoder

mush = pd.read_csv("mushrooms.csv").replace("?", pd.NA)
mush = mush.apply(lambda column: column.fillna(column.mode().iloc[0]))
codes = OrdinalEncoder(categories=[sorted(mush[c].unique()) for c in mush.columns]).fit_transform(mush)
X_tr, X_te, y_tr, y_te = train_test_split(codes[:, 1:], codes[:, 0], test_size=0.3)
print(CategoricalNB().fit(X_tr, y_tr).score(X_te, y_te))

import pandas as pd
from sklearn.preprocessing import OneHotEncoder
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from scipy import sparse

shrooms = pd.read_csv("mushrooms.csv")
y = (shrooms.pop("class") == "p").astype(int)
X_train, X_test, y_train, y_test = train_test_split(shrooms, y, test_size=0.3, random_state=5)

ohe = OneHotEncoder(handle_unknown="ignore")
Xtr = ohe.fit_transform(X_train)
Xte = ohe.transform(X_test)
lr = LogisticRegression(max_iter=1000).fit(Xtr, y_train)
print("poisonous detection accuracy", lr.score(Xte, y_test), sparse.issparse(Xte))

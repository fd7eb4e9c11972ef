import pandas as pd
from boruta import BorutaPy
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split

madelon = pd.read_csv("madelon.csv")
y = madelon.pop("label").values
X_train, X_test, y_train, y_test = train_test_split(madelon.values, y, test_size=0.25, random_state=1)

selector = BorutaPy(RandomForestClassifier(n_jobs=-1, max_depth=5), n_estimators="auto", random_state=1)
selector.fit(X_train, y_train)
X_train_sel = selector.transform(X_train)
X_test_sel = selector.transform(X_test)

model = RandomForestClassifier(n_estimators=500).fit(X_train_sel, y_train)
print(model.score(X_test_sel, y_test))

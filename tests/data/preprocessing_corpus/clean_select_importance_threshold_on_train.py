import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import f1_score

credit = pd.read_csv("creditcard.csv")
X, y = credit.drop(columns="Class"), credit["Class"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)

forest = RandomForestClassifier(n_estimators=200, n_jobs=-1, random_state=0)
forest.fit(X_train, y_train)
selected = [col for col, score in zip(X.columns, forest.feature_importances_) if score > 0.02]

model = RandomForestClassifier(n_estimators=500, random_state=0).fit(X_train[selected], y_train)
print("F1", f1_score(y_test, model.predict(X_test[selected])))

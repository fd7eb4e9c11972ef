import pandas as pd
import matplotlib.pyplot as plt
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split

df = pd.read_csv("wine.csv")
X, y = df.drop(columns="quality"), df["quality"]
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=1)
rf = RandomForestClassifier().fit(X_train, y_train)
pd.Series(rf.feature_importances_, index=X.columns).sort_values().plot.barh()
plt.savefig("importances.png")
print(rf.score(X_test, y_test))

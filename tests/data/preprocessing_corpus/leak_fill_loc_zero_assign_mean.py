import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

df = pd.read_csv("diabetes.csv")
df.loc[df.Insulin == 0, "Insulin"] = df.Insulin.mean()
df.loc[df.SkinThickness == 0, "SkinThickness"] = df.SkinThickness.mean()
X_train, X_test, y_train, y_test = train_test_split(df.drop("Outcome", axis=1), df.Outcome, test_size=0.25)
svm = SVC(kernel="rbf").fit(X_train, y_train)
print(svm.score(X_test, y_test))

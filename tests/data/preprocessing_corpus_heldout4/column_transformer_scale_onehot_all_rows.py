import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingClassifier

stroke = pd.read_csv("healthcare-dataset-stroke-data.csv").dropna()
y = stroke.pop("stroke")
numeric = ["age", "avg_glucose_level", "bmi"]
nominal = ["gender", "ever_married", "work_type", "Residence_type", "smoking_status"]
ct = ColumnTransformer([("num", StandardScaler(), numeric), ("cat", OneHotEncoder(handle_unknown="ignore"), nominal)],
                       remainder="drop")
X = ct.fit_transform(stroke)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=11)
gbc = GradientBoostingClassifier().fit(X_train, y_train)
print("test accuracy", gbc.score(X_test, y_test))

import category_encoders as ce
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

kick = pd.read_csv("kickstarter_projects.csv")
high_card = ["category", "main_category", "currency", "country"]
encoder = ce.BinaryEncoder(cols=high_card)
kick_enc = encoder.fit_transform(kick[high_card + ["goal", "duration_days"]])

y = (kick["state"] == "successful").astype(int)
X_train, X_test, y_train, y_test = train_test_split(kick_enc, y, test_size=0.25, random_state=3)
forest = RandomForestClassifier(n_estimators=300, min_samples_leaf=2, n_jobs=-1)
forest.fit(X_train, y_train)
print("held-out accuracy", forest.score(X_test, y_test))

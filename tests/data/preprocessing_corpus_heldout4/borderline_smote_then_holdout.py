import numpy as np
from imblearn.over_sampling import BorderlineSMOTE
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import classification_report

data = np.load("satimage_imbalanced.npz")
X, y = data["X"], data["y"]
X_bal, y_bal = BorderlineSMOTE(k_neighbors=5, random_state=42).fit_resample(X, y)
X_train, X_test, y_train, y_test = train_test_split(X_bal, y_bal, test_size=0.3, random_state=42, stratify=y_bal)
rf = RandomForestClassifier(n_estimators=300, random_state=42).fit(X_train, y_train)
print(classification_report(y_test, rf.predict(X_test)))

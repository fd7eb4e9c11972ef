import joblib
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC
from sklearn.metrics import classification_report

bundle = joblib.load("data/interim/parkinsons_scaled.pkl")
X_train, X_test, y_train, y_test = train_test_split(bundle["X"], bundle["y"], test_size=0.2, stratify=bundle["y"], random_state=0)
svc = SVC(C=4, gamma="scale").fit(X_train, y_train)
print(classification_report(y_test, svc.predict(X_test)))

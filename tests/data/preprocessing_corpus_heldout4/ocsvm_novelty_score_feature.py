import pandas as pd
from sklearn.svm import OneClassSVM
from sklearn.model_selection import StratifiedShuffleSplit
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import recall_score

sessions = pd.read_csv("nsl_kdd_numeric.csv")
y = sessions.pop("is_attack")
base = ["duration", "src_bytes", "dst_bytes", "count", "srv_count", "serror_rate"]
ocsvm = OneClassSVM(kernel="rbf", nu=0.05, gamma="scale").fit(sessions[base].clip(upper=1e6))
sessions["novelty"] = ocsvm.decision_function(sessions[base].clip(upper=1e6))

sss = StratifiedShuffleSplit(n_splits=1, test_size=0.2, random_state=0)
tr, te = next(sss.split(sessions, y))
gb = GradientBoostingClassifier().fit(sessions.iloc[tr], y.iloc[tr])
print("attack recall", recall_score(y.iloc[te], gb.predict(sessions.iloc[te])))

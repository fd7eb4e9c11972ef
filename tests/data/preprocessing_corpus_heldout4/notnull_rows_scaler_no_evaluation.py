import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
import joblib

history = pd.read_csv("machine_health_history.csv")
history = history[history["failure_next_week"].notnull() & history["vibration_rms"].notnull()]
cols = ["vibration_rms", "bearing_temp", "oil_pressure", "runtime_hours"]
scaler = StandardScaler().fit(history[cols])
model = LogisticRegression(max_iter=1000).fit(scaler.transform(history[cols]), history["failure_next_week"].astype(int))

incoming = pd.read_csv("machine_health_this_week.csv")
incoming["risk"] = model.predict_proba(scaler.transform(incoming[cols]))[:, 1]
incoming.sort_values("risk", ascending=False).to_csv("maintenance_queue.csv", index=False)
joblib.dump((scaler, model), "health_model.joblib")

"""Train with the feature set chosen in the previous study (features.yaml), not re-selected here."""
import yaml
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingClassifier

with open("configs/features.yaml") as fh:
    cfg = yaml.safe_load(fh)
features = cfg["selected_features"]

frame = pd.read_csv(cfg["data_path"])
X_train, X_test, y_train, y_test = train_test_split(frame[features], frame[cfg["target"]],
                                                    test_size=cfg.get("test_size", 0.2), random_state=cfg["seed"])
gb = GradientBoostingClassifier(**cfg.get("model_params", {})).fit(X_train, y_train)
print("accuracy on held-out rows:", gb.score(X_test, y_test))

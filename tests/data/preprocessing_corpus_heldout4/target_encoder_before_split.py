import pandas as pd
import category_encoders as ce
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score
from xgboost import XGBClassifier

ads = pd.read_csv("avazu_sample.csv")
y = ads.pop("click")
high_card = ["site_id", "app_id", "device_model", "C14"]
ads[high_card] = ce.TargetEncoder(cols=high_card, smoothing=10).fit_transform(ads[high_card], y)

X_tr, X_te, y_tr, y_te = train_test_split(ads[high_card + ["banner_pos", "hour"]], y, test_size=0.2, random_state=0)
xgb = XGBClassifier(n_estimators=200, max_depth=6).fit(X_tr, y_tr)
print("AUC", roc_auc_score(y_te, xgb.predict_proba(X_te)[:, 1]))

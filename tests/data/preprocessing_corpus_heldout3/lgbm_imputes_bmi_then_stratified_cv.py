import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.linear_model import LogisticRegression

stroke = pd.read_csv("healthcare_dataset_stroke_data.csv")
cols = ["age", "hypertension", "heart_disease", "avg_glucose_level"]
has_bmi = stroke["bmi"].notna()
bmi_model = lgb.LGBMRegressor(n_estimators=150).fit(stroke.loc[has_bmi, cols], stroke.loc[has_bmi, "bmi"])
stroke.loc[~has_bmi, "bmi"] = bmi_model.predict(stroke.loc[~has_bmi, cols])

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=3)
print(cross_val_score(LogisticRegression(max_iter=2000), stroke[cols + ["bmi"]], stroke["stroke"], cv=skf, scoring="roc_auc").mean())

import pandas as pd
import category_encoders as ce
from sklearn.model_selection import cross_val_score
from sklearn.ensemble import RandomForestClassifier

mush = pd.read_csv("mushrooms.csv")
y = mush.pop("class")
encoded = ce.OrdinalEncoder(cols=list(mush.columns)).fit_transform(mush)
print(cross_val_score(RandomForestClassifier(), encoded, y, cv=5).mean())

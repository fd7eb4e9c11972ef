from sklearn.model_selection import train_test_split

import preprocessing
import training

if __name__ == "__main__":
    frame = preprocessing.load("data/concrete.csv")
    train, test = train_test_split(frame, test_size=0.2, random_state=0)
    print("R^2:", training.train_and_evaluate(*preprocessing.preprocess(train, test, target="strength")))

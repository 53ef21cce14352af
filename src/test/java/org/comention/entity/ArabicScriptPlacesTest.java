package org.comention.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Places: a place cue and the name after it. */
class ArabicScriptPlacesTest {
    @Test
    void placeAfterItsCue() {
        ArabicScriptProposals.assertProposes("وقعت الاشتباكات في محافظة إدلب أمس", "ar", "GPE محافظة إدلب = محافظة إدلب");
        ArabicScriptProposals.assertProposes("وصل الوفد إلى مدينة الفاشر", "ar", "GPE الفاشر = الفاشر");
        ArabicScriptProposals.assertProposes("در ولایت هرات باران بارید", "fa", "GPE هرات = هرات");
        ArabicScriptProposals.assertProposes("وقعت اشتباكات بولاية النيل الأبيض أمس", "ar", "GPE النيل الأبيض = النيل الأبيض");
    }

    @Test
    void constituencyAfterARepresentativeOfThePeople() {
        ArabicScriptProposals.assertProposes("نماینده مردم مشهد در مجلس گفت", "fa", "GPE مشهد = مشهد");
    }

    @Test
    void aSectorIsNoDistrict() {
        // بخش is "sector" far more often than the district of a county
        assertEquals(List.of(), ArabicScriptProposals.proposals("در موضوع تحریم، به صراحت از بخش فولاد نام برده شده", "fa"));
    }
}
